import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useApp, useAppStore, useDataset } from '../../state/StoreContext';
import type { Article } from '../../data/articles';
import { fetchArticleText } from '../../data/load/articleText';
import { speakerName } from '../../data/race';
import { formatIsoDate } from '../../lib/dates';
import { safeHref } from '../../ui/SourceList';
import { articleLabel } from '../../data/articleLabel';
import { outcomeHidden } from '../../data/spoilers';

/** An article's text as the reader has it: there, on its way, or missing with the reason (and Retry, where fetching again may help). */
type ArticleText = { text: string | null; error: string | null; retry?: () => void };

/**
 * The text of an article: the one the dataset holds, or, on a prerendered page (which does not carry
 * the texts), the one fetched now, with Retry when it does not arrive.
 */
function useArticleText(article: Article | undefined): ArticleText {
  const onDemand = article?.textOnDemand === true;
  const [fetched, setFetched] = useState<{ article: Article; attempt: number; text: string | null; error: string | null } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!article || !onDemand) return;
    let current = true;
    fetchArticleText(article).then(
      (text) => current && setFetched({ article, attempt, text, error: null }),
      (error: unknown) => current && setFetched({ article, attempt, text: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [article, onDemand, attempt]);
  if (!article) return { text: null, error: null };
  if (!onDemand) return article.textError !== undefined ? { text: null, error: article.textError } : { text: article.text, error: null };
  if (fetched?.article !== article || fetched.attempt !== attempt) return { text: null, error: null };
  return { text: fetched.text, error: fetched.error, retry: () => setAttempt((n) => n + 1) };
}

/**
 * The article a quote comes from, as a modal dialog: the decoded text, unchanged otherwise, with
 * the quote highlighted and scrolled into view. Closing it returns to where the reader was.
 */
export function ArticleReader() {
  const quoteId = useApp((s) => s.quote);
  const dataset = useDataset();
  const store = useAppStore();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const quote = quoteId !== null ? dataset.quotes.find((q) => q.id === quoteId) : undefined;
  const article = quote ? dataset.articles.get(quote.article) : undefined;
  const { text, error: textError, retry } = useArticleText(article);
  // No spoilers: an article written on or after the race's day tells how it ended, so the reader
  // says so and waits to be asked (once per quote opened) before it shows the article.
  const race = useApp((s) => dataset.races.get(s.race));
  const resultHidden = useApp((s) => race !== undefined && outcomeHidden(s, race));
  const [readAnyway, setReadAnyway] = useState<string | null>(null);
  const cursorLap = useApp((s) => (s.quote !== null && s.hideAhead ? s.lap : 0));
  const warned = resultHidden && article !== undefined && race !== undefined && (article.date === undefined || article.date >= race.date) && readAnyway !== quoteId;

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // Without showModal (jsdom, old browsers) the dialog still opens, just not modally.
    if (article && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // Focus on Close rather than the original-article link above it; after showModal, so the
      // dialog still returns focus to the button that opened it when it closes.
      closeRef.current?.focus();
    }
    if (!article && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [article]);
  useEffect(() => {
    markRef.current?.scrollIntoView?.({ block: 'center' });
  }, [quoteId, text, warned]);
  // Asked to read it anyway: the warning's buttons are gone, so focus goes to the article's Close.
  useEffect(() => {
    if (readAnyway !== null) closeRef.current?.focus();
  }, [readAnyway]);

  const close = () => store.getState().openQuote(null);
  const paragraphs = text !== null ? highlight(text, quote?.text ?? '') : [];
  return (
    <dialog
      ref={dialogRef}
      className="reader"
      aria-labelledby="reader-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      {article && quote && warned && (
        <div className="reader__warning">
          <h2 id="reader-title">This article tells how the race ends</h2>
          <p>
            The {articleLabel(article).replace(/^Article/, 'article')} was written after the race: it names the winner and what happened after
            lap {cursorLap}, which you asked not to see yet.
          </p>
          <p className="reader__actions">
            <button type="button" className="button" onClick={() => setReadAnyway(quoteId)}>
              Read it anyway
            </button>{' '}
            <button ref={closeRef} type="button" className="button" onClick={close}>
              Close article
            </button>
          </p>
        </div>
      )}
      {article && quote && !warned && (
        <article>
          <header className="reader__header">
            <div>
              <p className="muted">
                {article.outlet ? `Article published by ${article.outlet}` : 'Article (outlet not known)'}
                {article.date ? `, ${formatIsoDate(article.date)}` : ''}
                {article.url && (
                  <>
                    {' · '}
                    <a href={safeHref(article.url)} target="_blank" rel="noopener noreferrer">
                      Original article<span className="visually-hidden"> at {article.outlet ?? 'its publisher'}</span>
                    </a>
                  </>
                )}
              </p>
              <h2 id="reader-title">
                <span className="reader__label">Our description: </span>
                {article.title}
              </h2>
              <p className="muted">This is our own summary of the article, not its headline.</p>
              {article.dateNote && <p className="muted">{article.dateNote}</p>}
              <p className="muted">
                Highlighted: {speakerName(dataset, quote.speaker)}. The text below is a copy of the article as it was collected, not
                as published: paragraph breaks may be lost, and only HTML entities are decoded.
              </p>
            </div>
            <button ref={closeRef} type="button" className="button" onClick={close}>
              Close article
            </button>
          </header>
          {textError !== null && (
            <div className="reader__missing" role="alert">
              <p>
                The text of this article {textError}, so it cannot be shown here. The quotes in the app are unchanged; they were checked
                against this text when the app was built. {retry ? 'Check the connection and try again.' : 'Reloading the page later may bring it back.'}
              </p>
              {retry && (
                <button type="button" className="button" onClick={retry}>
                  Retry
                </button>
              )}
            </div>
          )}
          {text === null && textError === null && (
            <p className="muted" role="status">
              Loading the article’s text…
            </p>
          )}
          <div className="reader__text">
            {paragraphs.map((segments, i) => (
              <p key={i}>
                {segments.map((s, j) =>
                  s.marked ? (
                    <mark key={j} ref={markRef}>
                      {s.text}
                    </mark>
                  ) : (
                    <span key={j}>{s.text}</span>
                  ),
                )}
              </p>
            ))}
          </div>
        </article>
      )}
    </dialog>
  );
}

/** Splits text into paragraphs (lines) and marks the first occurrence of `needle` in them. */
export function highlight(text: string, needle: string): { text: string; marked: boolean }[][] {
  const start = needle ? text.indexOf(needle) : -1;
  const end = start + needle.length;
  let offset = 0;
  return text.split('\n').flatMap((line) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === '') return [];
    const from = Math.max(start, lineStart) - lineStart;
    const to = Math.min(end, lineStart + line.length) - lineStart;
    if (start < 0 || to <= 0 || from >= line.length) return [[{ text: line, marked: false }]];
    return [
      [
        { text: line.slice(0, from), marked: false },
        { text: line.slice(from, to), marked: true },
        { text: line.slice(to), marked: false },
      ].filter((s) => s.text !== ''),
    ];
  });
}
