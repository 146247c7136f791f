import { DOCUMENT, Injectable, inject } from '@angular/core';

/**
 * Browsers may cancel a download whose object URL is revoked at once; FileSaver.js
 * waits 40 s for the same reason.
 */
const REVOKE_DELAY_MS = 40_000;

@Injectable({ providedIn: 'root' })
export class FileSaverService {
  private readonly document = inject(DOCUMENT);

  save(blob: Blob, filename: string): void {
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    this.document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}
