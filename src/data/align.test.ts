import { axisExtent, axisSteps, lapAt, lapScaleAt, nearestStep, positionOf } from './align';

// The two shipped races' shapes: Phoenix ran 179 of 150 scheduled laps, the Roval 70 of 67.
const phoenix = { lapsRun: 179, scheduledLaps: 150 };
const roval = { lapsRun: 70, scheduledLaps: 67 };
const tiny = { lapsRun: 4, scheduledLaps: 4 };
const twice = { lapsRun: 10, scheduledLaps: 8 };

describe('alignment by share of the scheduled distance', () => {
  it('maps the same share of the distance to the same position', () => {
    expect(positionOf(phoenix, 75, 'distance')).toBe(0.5);
    expect(positionOf({ lapsRun: 60, scheduledLaps: 60 }, 30, 'distance')).toBe(0.5);
    expect(positionOf(phoenix, 150, 'distance')).toBe(positionOf(roval, 67, 'distance'));
    // Overtime laps run past the scheduled distance.
    expect(positionOf(phoenix, 179, 'distance')).toBeCloseTo(179 / 150, 12);
  });

  it('reads back the lap each race has completed at a position, clamped to the laps run', () => {
    expect(lapAt(phoenix, 0.5, 'distance')).toBe(75);
    expect(lapAt(roval, 0.5, 'distance')).toBe(33); // 33.5 laps: lap 33 done, lap 34 under way
    expect(lapAt(roval, positionOf(roval, 34, 'distance'), 'distance')).toBe(34);
    expect(lapAt(roval, 2, 'distance')).toBe(70);
    expect(lapAt(roval, 0, 'distance')).toBe(1);
    for (let lap = 1; lap <= 179; lap++) expect(lapAt(phoenix, positionOf(phoenix, lap, 'distance'), 'distance')).toBe(lap);
    for (let lap = 1; lap <= 70; lap++) expect(lapAt(roval, positionOf(roval, lap, 'distance'), 'distance')).toBe(lap);
  });
});

describe('alignment by laps to go', () => {
  it('maps the same laps to go to the same position: the finishes line up', () => {
    expect(positionOf(phoenix, 179, 'togo')).toBe(0);
    expect(positionOf(roval, 70, 'togo')).toBe(0);
    expect(positionOf(phoenix, 149, 'togo')).toBe(positionOf(roval, 40, 'togo'));
    expect(lapAt(roval, positionOf(phoenix, 149, 'togo'), 'togo')).toBe(40);
  });

  it('keeps a race that had not started yet on its first lap', () => {
    expect(lapAt(roval, positionOf(phoenix, 10, 'togo'), 'togo')).toBe(1);
    expect(lapScaleAt(roval, positionOf(phoenix, 10, 'togo'), 'togo')).toBe(-99);
  });
});

describe('the shared axis', () => {
  it('spans from the earliest first lap to the latest last lap', () => {
    expect(axisExtent([phoenix, roval], 'distance')).toEqual([1 / 150, 179 / 150]);
    expect(axisExtent([phoenix, roval], 'togo')).toEqual([-178, 0]);
  });

  it('steps through every lap end of both races once, in order', () => {
    expect(axisSteps([tiny, twice], 'distance')).toEqual([0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1, 1.125, 1.25]);
    expect(axisSteps([tiny, twice], 'togo')).toEqual([-9, -8, -7, -6, -5, -4, -3, -2, -1, 0]);
    const steps = axisSteps([phoenix, roval], 'distance');
    // 179 + 70 lap ends, less those that fall together (150/67 share no lap end but the scheduled finish).
    expect(steps).toHaveLength(179 + 70 - 1);
    expect(steps.every((p, i) => i === 0 || p > steps[i - 1]!)).toBe(true);
    // Every step moves a cursor, and every lap of each race is reached.
    const phoenixLaps = new Set(steps.map((p) => lapAt(phoenix, p, 'distance')));
    expect(phoenixLaps.size).toBe(179);
    expect(new Set(steps.map((p) => lapAt(roval, p, 'distance'))).size).toBe(70);
  });

  it('finds the step nearest a position', () => {
    const steps = [0.1, 0.2, 0.4];
    expect(nearestStep(steps, -5)).toBe(0);
    expect(nearestStep(steps, 0.21)).toBe(1);
    expect(nearestStep(steps, 0.35)).toBe(2);
    expect(nearestStep(steps, 0.3)).toBe(1);
    expect(nearestStep(steps, 9)).toBe(2);
  });
});
