import { memo, useMemo } from 'react';
import { METRICS, tickAnchor, type TimelineLayout } from './layout';
import { useShownCount } from './useShownCount';

/** Stage bands and labels, the overtime zone, lanes and the lap axis: nothing here depends on the lap. */
export const RaceBackdrop = memo(function RaceBackdrop({ layout }: { layout: TimelineLayout }) {
  const { lanesBottom, plotLeft, plotRight, narrow, stripTop } = layout;
  return (
    <g aria-hidden="true" className="backdrop">
      {layout.stages.map((s) => (
        <g key={s.index} className={`stage-band stage-band--${s.index % 2 ? 'odd' : 'even'}`}>
          <rect x={s.x0} y={0} width={Math.max(0, s.x1 - s.x0)} height={lanesBottom} fill={s.index % 2 ? '#f5f7fa' : '#e9eef5'} />
          {s.label && (
            <text x={s.x0 + 4} y={16} className="band-label">
              {s.label}
            </text>
          )}
        </g>
      ))}
      {layout.overtime && (
        <rect className="overtime-zone" x={layout.overtime.x0} y={0} width={Math.max(0, layout.overtime.x1 - layout.overtime.x0)} height={lanesBottom} fill="#fff1d6" />
      )}
      {!narrow && layout.cautions.length > 0 && (
        <text x={METRICS.marginLeft} y={stripTop + 16} className="lane-label">
          Cautions
        </text>
      )}
      <line className="strip-line" x1={narrow ? plotLeft : METRICS.marginLeft} x2={plotRight} y1={layout.lanesTop - 1} y2={layout.lanesTop - 1} />
      {layout.lanes.map((lane) => (
        <g key={lane.id} className="lane">
          <line x1={narrow ? plotLeft : METRICS.marginLeft} x2={plotRight} y1={lane.y + lane.height} y2={lane.y + lane.height} />
          <text x={narrow ? plotLeft : METRICS.marginLeft} y={narrow ? lane.y + 11 : lane.y + METRICS.rowHeight / 2 + 4} className="lane-label">
            {lane.label}
          </text>
        </g>
      ))}
      <g className="axis" transform={`translate(0, ${lanesBottom})`}>
        <line x1={plotLeft} x2={plotRight} y1={0} y2={0} />
        {layout.ticks.map((t) => (
          <g key={t.lap} transform={`translate(${t.x}, 0)`}>
            <line y1={0} y2={5} />
            {/* A label on an end of the axis is kept inside the plot, where the cursor's label,
                kept inside too, covers it whole rather than half. */}
            <text y={18} textAnchor={tickAnchor(t.x, plotLeft, plotRight)}>
              {t.lap}
            </text>
          </g>
        ))}
      </g>
    </g>
  );
});

/** Caution shading across the lanes: hatched as well as tinted, so it is not told by colour alone. */
export const CautionShading = memo(function CautionShading({ layout, hatchId }: { layout: TimelineLayout; hatchId: string }) {
  const laps = useMemo(() => layout.cautions.map((c) => c.caution.startLap), [layout]);
  const shown = useShownCount(laps);
  return (
    <g aria-hidden="true" className="caution-shading">
      {layout.cautions.slice(0, shown).map((c) => (
        <rect
          key={c.key}
          className={`caution-shade caution-shade--${c.caution.certainty}`}
          x={c.x0}
          y={layout.lanesTop}
          width={Math.max(2, c.x1 - c.x0)}
          height={layout.lanesBottom - layout.lanesTop}
          fill={`url(#${hatchId})`}
        />
      ))}
    </g>
  );
});

/** The overtime zone's label when the attempts are too narrow for their own ("4 overtimes", "OT ×4", "OT"). */
export const OvertimeLabel = memo(function OvertimeLabel({ layout }: { layout: TimelineLayout }) {
  const laps = useMemo(() => layout.overtime?.attempts.map((a) => a.overtime.startLap) ?? [], [layout]);
  const shown = useShownCount(laps);
  const overtime = layout.overtime;
  if (!overtime || overtime.perAttempt) return null;
  const label = overtime.groupLabels[Math.min(shown, overtime.groupLabels.length - 1)];
  if (!label) return null;
  return (
    <text aria-hidden="true" x={overtime.x1 - 4} y={16} textAnchor="end" className="band-label">
      {label}
    </text>
  );
});
