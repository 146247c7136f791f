import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AdminLayoutComponent } from './admin-layout.component';

describe('AdminLayoutComponent', () => {
  it('links every admin page, named and labelled as a navigation of its own', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(AdminLayoutComponent);
    fixture.detectChanges();
    const nav = (fixture.nativeElement as HTMLElement).querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Administration');
    expect(
      Array.from(
        nav?.querySelectorAll('a') ?? [],
        (a) => `${a.textContent?.trim()} ${a.getAttribute('href')}`,
      ),
    ).toEqual([
      'Imports /admin/imports',
      'Users /admin/users',
      'LRS credentials /admin/lrs-credentials',
      'Audit log /admin/audit',
      'Privacy requests /admin/privacy',
    ]);
  });
});
