import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../app/testing';

const details = () => within(screen.getByRole('region', { name: 'Incident details' }));
/** The quotes in the panel, in the order shown, as their verbatim text. */
const quoteTexts = () => details().queryAllByRole('figure').filter((f) => f.classList.contains('quote')).map((f) => f.querySelector('blockquote')!.textContent);

describe('Incident details: the record as it stands', () => {
  it('describes the second contact as the sources do and shows the penalty next to Heim\'s words', async () => {
    await renderApp('?race=phoenix-2023&event=heim-hocevar-second-contact');
    const panel = details();
    expect(panel.getByRole('heading', { level: 3 })).toHaveTextContent('Heim turns into Hocevar');
    expect(panel.getByText(/the No\. 11 turned right into the No\. 42/)).toBeInTheDocument();
    const penalty = panel.getByRole('note', { name: 'After the race: NASCAR penalises Heim for wrecking Hocevar' });
    expect(penalty).toHaveTextContent(/ruled that Heim had wrecked Hocevar on purpose/);
    expect(penalty).toHaveTextContent('Penalty, Nov 8, 2023');
    // Exactly Heim's remark about this contact: the remark about the spin is not linked here.
    expect(quoteTexts()).toEqual(['I had no sideforce and once someone puts it on my door, you lose sideforce and you lose control,']);
    // The ruling comes right before what Heim said, so a reader sees both together.
    expect(penalty.compareDocumentPosition(panel.getByText(/^I had no sideforce/)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('keeps the ruling hidden in no-spoilers mode until the cursor reaches the finish', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=phoenix-2023&event=heim-hocevar-second-contact&lap=150&spoilers=hide');
    expect(details().queryByRole('note', { name: /After the race/ })).not.toBeInTheDocument();
    expect(details().queryByText(/\$12,500/)).not.toBeInTheDocument();
    const slider = screen.getByRole('slider', { name: 'Lap' });
    await user.click(slider);
    // End goes as far as the reader may know the race (a lap at a time past the scheduled distance).
    while (store.getState().lap < 178) await user.keyboard('{End}');
    expect(details().queryByRole('note', { name: /After the race/ })).not.toBeInTheDocument();
    await user.keyboard('{End}');
    expect(store.getState().lap).toBe(179);
    expect(details().getByRole('note', { name: /After the race: NASCAR penalises Heim/ })).toBeInTheDocument();
  });

  it('orders the quotes on the spin by when they were said and labels each', async () => {
    await renderApp('?race=phoenix-2023&event=hocevar-spins-heim');
    const texts = quoteTexts();
    expect(texts[0]).toMatch(/^COREY HEIM GOES AROUND/); // the post during the race
    expect(texts.at(-1)).toMatch(/^And Carson Hocevar would have never wrecked us/); // two years later
    const cards = details().getAllByRole('figure').filter((f) => f.classList.contains('quote'));
    // The post's date is US Eastern time, a day after the race's date at the track: the label says so.
    expect(cards[0]).toHaveTextContent(/During the race, Nov 4, 2023 \(by US Eastern time; still 3 November at the track\)Post by FOX/);
    // Said in mid-September 2025, published on 2 October: both, and which is which.
    expect(cards.at(-1)).toHaveTextContent(/Said about 2 years after this race, about mid-September 2025; published Oct 2, 2025/);
    // The caption names the article by its outlet and date; our description of it is named as ours, never as its headline.
    expect(cards.at(-1)).toHaveTextContent(/Scott Zipadelli, in the Sportskeeda article, Oct 4, 2025 · Read in the article/);
    expect(within(cards.at(-1)!).getByText(/Heim sets the single-season wins record/)).toHaveTextContent(/^\(our description of it: Heim sets/);
    expect(cards.at(-1)!.querySelector('cite')).toBeNull();
  });

  it('presents the crew chief\'s remarks at the Roval as said before the race, not as a reaction', async () => {
    await renderApp('?race=roval-2025&event=heim-locks-into-championship-4');
    const cards = details().getAllByRole('figure').filter((f) => f.classList.contains('quote'));
    expect(cards.length).toBe(3);
    for (const card of cards) {
      expect(card).toHaveTextContent(/Said before this race, about mid-September 2025; published Oct 2, 2025Scott Zipadelli/);
      // Where that timing comes from: the publication, the podcast's listing, the ninth win.
      expect(within(card).getByText('When it was said:')).toBeInTheDocument();
      expect(within(card).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
        'https://www.sportskeeda.com/nascar/news-all-promote-mediocrity-corey-heim-s-crew-chief-calls-nascar-playoffs-sport-s-worst-decision',
        'https://castbox.fm/channel/4354635',
        'https://totalapexsports.com/?p=220813',
      ]);
    }
  });

  it('lists no timing sources for a remark dated by nothing beyond its article', async () => {
    await renderApp('?race=phoenix-2023&event=hocevar-spins-heim');
    const hocevar = details().getAllByRole('figure').find((f) => f.textContent?.startsWith('I messed up,'))!;
    expect(within(hocevar).queryByText('When it was said:')).toBeNull();
  });

  it('lists the corner of the spin as a disagreement, not a fact', async () => {
    await renderApp('?race=phoenix-2023&event=hocevar-spins-heim');
    const corner = details().getByRole('note', { name: 'Sources disagree: Where on the track Hocevar spun Heim' });
    expect(within(corner).getAllByRole('listitem').map((li) => li.querySelector('strong')!.textContent)).toEqual([
      'Going into turn 2',
      'Through turns 1 and 2',
      'In turn 1',
      'In turn 3',
      'Exiting the dogleg',
    ]);
    expect(details().queryByText(/going into turn 2\./)).not.toBeInTheDocument();
  });
});
