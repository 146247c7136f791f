import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideMessages } from '../../core/i18n/provide-messages';
import { failOnMissingTexts } from '../../../testing/missing-texts';
import { SHARED_MESSAGES } from '../shared.messages';
import { ConfirmationPanelComponent } from './confirmation-panel.component';

describe('ConfirmationPanelComponent', () => {
  failOnMissingTexts();

  let fixture: ComponentFixture<ConfirmationPanelComponent>;
  let confirmed: number;
  let cancelled: number;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideMessages(SHARED_MESSAGES)] });
    fixture = TestBed.createComponent(ConfirmationPanelComponent);
    fixture.componentRef.setInput('subject', { id: 1 });
    fixture.componentRef.setInput('question', 'Revoke fita-moodle-prod?');
    fixture.componentRef.setInput('consequence', 'Clients that use it are refused.');
    fixture.componentRef.setInput('confirmLabel', 'Revoke credential');
    confirmed = 0;
    cancelled = 0;
    fixture.componentInstance.confirm.subscribe(() => confirmed++);
    fixture.componentInstance.cancel.subscribe(() => cancelled++);
    await render();
  });

  async function render(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
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

  it('asks the question, names the consequence and labels both buttons', () => {
    const panel = byTestId('confirmation')!;
    const heading = panel.querySelector('h3')!;
    expect(text(heading)).toBe('Revoke fita-moodle-prod?');
    expect(panel.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(text(panel.querySelector('p'))).toBe('Clients that use it are refused.');
    expect(text(byTestId('confirm'))).toBe('Revoke credential');
    expect(text(byTestId('cancel'))).toBe('Cancel');
    expect(
      Array.from(panel.querySelectorAll('button'), (button) => button.getAttribute('type')),
    ).toEqual(['button', 'button']);
  });

  it('gives each panel its own heading id', () => {
    const other = TestBed.createComponent(ConfirmationPanelComponent);
    other.componentRef.setInput('question', 'Disable someone?');
    other.componentRef.setInput('consequence', 'They are signed out.');
    other.componentRef.setInput('confirmLabel', 'Disable user');
    other.detectChanges();

    const otherId = (other.nativeElement as HTMLElement).querySelector('h3')!.id;
    expect(otherId).not.toBe(root().querySelector('h3')!.id);
  });

  it('takes the focus, and takes it again for a new subject with the same wording', async () => {
    const heading = root().querySelector('h3')!;
    expect(document.activeElement).toBe(heading);

    byTestId('cancel')!.focus();
    fixture.componentRef.setInput('subject', { id: 1 });
    await render();
    expect(document.activeElement).toBe(heading);
  });

  it('takes the focus again when the question changes', async () => {
    byTestId('confirm')!.focus();
    fixture.componentRef.setInput('question', 'Revoke fita-old-lms?');
    await render();
    expect(document.activeElement).toBe(root().querySelector('h3'));
  });

  it('confirms and cancels', () => {
    byTestId('confirm')!.click();
    byTestId('cancel')!.click();
    expect(confirmed).toBe(1);
    expect(cancelled).toBe(1);
  });

  it('does nothing on confirm while the change runs, and says so', async () => {
    expect(byTestId('confirm')!.getAttribute('aria-disabled')).toBe('false');
    fixture.componentRef.setInput('busy', true);
    await render();

    const confirm = byTestId<HTMLButtonElement>('confirm')!;
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    // Still focusable, so that keyboard users do not lose their place.
    expect(confirm.disabled).toBe(false);
    confirm.click();
    expect(confirmed).toBe(0);
  });

  it("uses the feature's test ids", async () => {
    fixture.componentRef.setInput('testId', 'revoke-confirmation');
    fixture.componentRef.setInput('confirmTestId', 'confirm-revoke');
    fixture.componentRef.setInput('cancelTestId', 'cancel-revoke');
    await render();

    expect(byTestId('revoke-confirmation')).not.toBeNull();
    byTestId('confirm-revoke')!.click();
    byTestId('cancel-revoke')!.click();
    expect([confirmed, cancelled]).toEqual([1, 1]);
    expect(byTestId('confirmation')).toBeNull();
  });
});
