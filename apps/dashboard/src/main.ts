import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';
import { appLanguage } from './app/core/i18n/language';

// Screen readers and hyphenation follow the interface language, not index.html's default.
document.documentElement.lang = appLanguage();

bootstrapApplication(AppComponent, appConfig).catch((error: unknown) => console.error(error));
