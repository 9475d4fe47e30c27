/** How an article is named to readers wherever its words are quoted or cited. */
import { formatIsoDate } from '../lib/dates';
import type { ArticleMeta } from './schema';

/**
 * An article as a reader is told of it: by its outlet and date ("Sportskeeda article, Nov 4, 2023"),
 * never by our own description of it, which is not its headline.
 */
export function articleLabel(article: ArticleMeta | undefined): string {
  if (!article) return 'Article';
  const date = article.date ? `, ${formatIsoDate(article.date)}` : '';
  return article.outlet ? `${article.outlet} article${date}` : `Article${date} (outlet not known)`;
}
