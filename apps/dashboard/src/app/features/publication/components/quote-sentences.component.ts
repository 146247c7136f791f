import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  PUBLICATION_LANGUAGES,
  type PublicationLanguage,
  type PublicationView,
} from '../../../core/api/publication.model';
import { LANGUAGE_NAMES } from '../../../core/i18n/language';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { QUOTE_FIGURES, type QuoteFigure, quoteOf } from '../data/publication-sentences';

interface QuoteBlock {
  readonly figure: QuoteFigure;
  readonly label: string;
  /** Null when the figure may not be quoted (a percentage over a base under 10). */
  readonly sentences: readonly { language: PublicationLanguage; text: string }[] | null;
}

/**
 * One sentence per headline figure in Catalan, Spanish and English side by
 * side, each marked with its language so that screen readers pronounce it
 * right, with a button that copies it and says so.
 */
@Component({
  selector: 'fita-quote-sentences',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="publication-quotes-title">
      <h2 id="publication-quotes-title" class="card__title">
        {{ 'publication.quotes.title' | t }}
      </h2>
      <p class="card__subtitle">{{ 'publication.quotes.lead' | t }}</p>
      <!-- Always in the DOM: a live region announces changes to content it already holds. -->
      <p role="status" class="copy-status" data-testid="copy-status">{{ status() }}</p>
      @for (block of blocks(); track block.figure) {
        <h3 class="quote-figure">{{ block.label }}</h3>
        @if (block.sentences; as sentences) {
          <ul class="quote-grid">
            @for (sentence of sentences; track sentence.language) {
              <li class="quote">
                <p class="quote__language" [attr.lang]="sentence.language">
                  {{ languageNames[sentence.language] }}
                </p>
                <p
                  class="quote__text"
                  [attr.lang]="sentence.language"
                  [attr.data-testid]="'quote-' + block.figure + '-' + sentence.language"
                >
                  {{ sentence.text }}
                </p>
                <button
                  type="button"
                  class="button button--secondary button--small"
                  [attr.data-testid]="'copy-' + block.figure + '-' + sentence.language"
                  [attr.aria-label]="
                    'publication.copy.label'
                      | t: { figure: block.label, language: languageInWords[sentence.language] }
                  "
                  (click)="copy(block, sentence.language, sentence.text)"
                >
                  {{ 'publication.copy' | t }}
                </button>
              </li>
            }
          </ul>
        } @else {
          <p class="empty-note" [attr.data-testid]="'quote-' + block.figure + '-withheld'">
            {{ 'publication.quotes.withheld' | t }}
          </p>
        }
      }
    </section>
  `,
  styles: `
    .copy-status {
      min-height: 1.5em;
      margin: 0.5rem 0 0;
      font-size: var(--font-size-small);
      font-weight: 600;
    }
    .quote-figure {
      margin: 1.25rem 0 0.5rem;
      font-size: 1rem;
    }
    .quote-grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .quote {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
    }
    .quote__language {
      margin: 0;
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
      font-weight: 600;
    }
    .quote__text {
      flex: 1;
      margin: 0;
    }
  `,
})
export class QuoteSentencesComponent {
  readonly view = input.required<PublicationView>();

  private readonly translator = inject(Translator);
  private readonly document = inject(DOCUMENT);

  /** Each language named in itself, as the sentence under it is written. */
  protected readonly languageNames = LANGUAGE_NAMES;
  /** Each language named in the interface language, for the buttons. */
  protected readonly languageInWords: Readonly<Record<PublicationLanguage, string>> = {
    ca: this.translator.t('publication.language.ca'),
    es: this.translator.t('publication.language.es'),
    en: this.translator.t('publication.language.en'),
  };
  private readonly figureLabels: Readonly<Record<QuoteFigure, string>> = {
    users: this.translator.t('figure.users'),
    enrolments: this.translator.t('figure.enrolments'),
    completions: this.translator.t('figure.completions'),
    completionRate: this.translator.t('publication.figure.completionRate'),
  };

  protected readonly status = signal('');
  protected readonly blocks = computed((): QuoteBlock[] =>
    QUOTE_FIGURES.map((figure) => {
      const sentences = PUBLICATION_LANGUAGES.flatMap((language) => {
        const quote = quoteOf(this.view(), figure, language);
        return quote.kind === 'sentence' ? [{ language, text: quote.text }] : [];
      });
      return {
        figure,
        label: this.figureLabels[figure],
        sentences: sentences.length === PUBLICATION_LANGUAGES.length ? sentences : null,
      };
    }),
  );

  protected async copy(
    block: QuoteBlock,
    language: PublicationLanguage,
    text: string,
  ): Promise<void> {
    const params = { figure: block.label, language: this.languageInWords[language] };
    // Asked at the click: the Clipboard API may be missing (an insecure origin) or refuse.
    const clipboard = this.document.defaultView?.navigator.clipboard;
    try {
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(text);
      this.status.set(this.translator.t('publication.copied', params));
    } catch {
      this.status.set(this.translator.t('publication.copyFailed'));
    }
  }
}
