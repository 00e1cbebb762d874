// @vitest-environment jsdom
// The timeline's table alternative: built only when opened (a closed <details> would hold
// periods × bands cells through every redraw), then one row per period with its counts.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../../../src/app/ui/charts/Timeline';
import { buildTimeline, type TimelineInput } from '../../../../src/app/model/timeline';

const article = (date: string, industries: string[]): TimelineInput => ({ date, datePrecision: 'day', industries, topics: [], onTopic: true });

describe('Timeline table', () => {
  it('holds no cells until opened, then each period with its total and its bands', () => {
    const articles = [article('2025-03-02', ['low-altitude-economy']), article('2025-03-20', ['low-altitude-economy']), article('2025-03-21', ['chips']), article('2025-05-01', ['chips'])];
    const { container } = render(<Timeline timelineOf={(unit, stack) => buildTimeline(articles, unit, stack)} lang="en" from={null} to={null} subtitle="" onRange={() => undefined} fileBase="timeline" />);
    const details = container.querySelector('details.table-alt')!;
    expect(details.querySelectorAll('td')).toHaveLength(0);
    details.setAttribute('open', '');
    fireEvent(details, new Event('toggle'));
    const rows = within(details as HTMLElement).getAllByRole('row').map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    // Periods with articles only (the empty April is drawn, not tabled); bands sorted by key.
    expect(rows.filter((r) => r.length > 0)).toEqual([
      ['2025-03', '3', '1', '2'],
      ['2025-05', '1', '1', '0'],
    ]);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Period', 'Articles', '芯片与半导体 Chips & semiconductors', '低空经济 Low-altitude economy']);
  });
});
