import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideMessages } from '../../core/i18n/provide-messages';
import { failOnMissingTexts } from '../../../testing/missing-texts';
import { SHARED_MESSAGES } from '../shared.messages';
import { CopyButtonComponent } from './copy-button.component';
import { ShownOnceSecretComponent } from './shown-once-secret.component';

const SECRET = 'q8Z1xW3vU5tS7rQ9pO0nM2lK4jI6hG8f';

/** A feature's use of the panel: its texts, test ids and a detail with its own copy button. */
@Component({
  imports: [CopyButtonComponent, ShownOnceSecretComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fita-shown-once-secret
      #panel
      heading="Credential fita-moodle created"
      warning="Copy the secret now: it will not be shown again."
      [value]="value()"
      label="Secret"
      [labelVisible]="labelVisible()"
      copyLabel="Copy secret"
      hideLabel="Done, hide the secret"
      [copiedText]="copiedText()"
      [copyFailedText]="copyFailedText()"
      valueTestId="created-secret"
      hideTestId="hide-secret"
      (dismiss)="dismissed = dismissed + 1"
    >
      <p data-testid="detail">
        <code>Basic header</code>
        <fita-copy-button text="Basic header" (copied)="panel.reportCopy($event)">
          Copy header
        </fita-copy-button>
      </p>
    </fita-shown-once-secret>
    <button type="button" data-testid="elsewhere">Elsewhere</button>
  `,
})
class FeatureHost {
  readonly value = signal(SECRET);
  readonly labelVisible = signal(false);
  readonly copiedText = signal<string | undefined>(undefined);
  readonly copyFailedText = signal<string | undefined>(undefined);
  dismissed = 0;
}

describe('ShownOnceSecretComponent', () => {
  failOnMissingTexts();

  let fixture: ComponentFixture<FeatureHost>;
  let writeText: jest.Mock<Promise<void>, [string]>;

  beforeEach(async () => {
    writeText = jest.fn<Promise<void>, [string]>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    TestBed.configureTestingModule({ providers: [provideMessages(SHARED_MESSAGES)] });
    fixture = TestBed.createComponent(FeatureHost);
    await render();
  });

  async function render(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  }

  function root(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return root().querySelector<T>(`[data-testid="${id}"]`);
  }

  function text(element: Element | null): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function button(label: string): HTMLButtonElement {
    return Array.from(root().querySelectorAll('button')).find((each) => text(each) === label)!;
  }

  function status(): string {
    return text(root().querySelector('[role="status"]'));
  }

  it('shows the value once, in a section named by its heading, with the warning', () => {
    const section = root().querySelector('section')!;
    const heading = section.querySelector('h2')!;
    expect(text(heading)).toBe('Credential fita-moodle created');
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(text(section)).toContain('it will not be shown again');
    expect(text(byTestId('created-secret'))).toBe(SECRET);
    expect(text(byTestId('detail'))).toBe('Basic header Copy header');
    expect(status()).toBe('');
  });

  it('names the value for screen readers, or for everyone when asked to', async () => {
    const label = () => byTestId('created-secret')!.previousElementSibling!;
    expect(text(label())).toBe('Secret:');
    expect(label().classList).toContain('visually-hidden');

    fixture.componentInstance.labelVisible.set(true);
    await render();
    expect(label().classList).not.toContain('visually-hidden');
  });

  it('takes the focus, and takes it again when a new value replaces the shown one', async () => {
    const heading = root().querySelector('h2')!;
    expect(document.activeElement).toBe(heading);

    byTestId('elsewhere')!.focus();
    fixture.componentInstance.value.set('another-secret-value');
    await render();
    expect(document.activeElement).toBe(heading);
    expect(text(byTestId('created-secret'))).toBe('another-secret-value');
  });

  it('copies the value and says so in the shared words', async () => {
    button('Copy secret').click();
    await render();
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(status()).toBe('Copied to the clipboard.');
  });

  it('says so when the browser refuses to copy, and forgets it for a new value', async () => {
    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    button('Copy secret').click();
    await render();
    expect(status()).toBe('It could not be copied: select it and copy it by hand.');

    fixture.componentInstance.value.set('another-secret-value');
    await render();
    expect(status()).toBe('');
  });

  it("uses the feature's own words for the copy status when it gives them", async () => {
    fixture.componentInstance.copiedText.set('The password is copied to the clipboard.');
    fixture.componentInstance.copyFailedText.set('The password could not be copied.');
    button('Copy secret').click();
    await render();
    expect(status()).toBe('The password is copied to the clipboard.');

    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    button('Copy secret').click();
    await render();
    expect(status()).toBe('The password could not be copied.');
  });

  it('reports a copy button of the projected details in the same status line', async () => {
    button('Copy header').click();
    await render();
    expect(writeText).toHaveBeenCalledWith('Basic header');
    expect(status()).toBe('Copied to the clipboard.');
  });

  it('asks the feature to hide it', () => {
    byTestId('hide-secret')!.click();
    expect(text(byTestId('hide-secret'))).toBe('Done, hide the secret');
    expect(fixture.componentInstance.dismissed).toBe(1);
  });
});
