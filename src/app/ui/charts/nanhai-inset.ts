// The South China Sea islands inset (南海诸岛) as Chinese maps draw it: a framed box of the
// islands' dash line, placed in the sea south-east of the mainland. The outline is
// echarts 4.9's (lib/coord/geo/fix/nanhai.js, Apache-2.0), which adds it to its China map
// the same way; the numbers below are its points, scaled to longitude and latitude.

const ORIGIN: readonly [number, number] = [126, 25];
const POINTS: readonly (readonly [number, number])[][] = [
  [[0, 3.5], [7, 11.2], [15, 11.9], [30, 7], [42, 0.7], [52, 0.7], [56, 7.7], [59, 0.7], [64, 0.7], [64, 0], [5, 0], [0, 3.5]],
  [[13, 16.1], [19, 14.7], [16, 21.7], [11, 23.1], [13, 16.1]],
  [[12, 32.2], [14, 38.5], [15, 38.5], [13, 32.2], [12, 32.2]],
  [[16, 47.6], [12, 53.2], [13, 53.2], [18, 47.6], [16, 47.6]],
  [[6, 64.4], [8, 70], [9, 70], [8, 64.4], [6, 64.4]],
  [[23, 82.6], [29, 79.8], [30, 79.8], [25, 82.6], [23, 82.6]],
  [[37, 70.7], [43, 62.3], [44, 62.3], [39, 70.7], [37, 70.7]],
  [[48, 51.1], [51, 45.5], [53, 45.5], [50, 51.1], [48, 51.1]],
  [[51, 35], [51, 28.7], [53, 28.7], [53, 35], [51, 35]],
  [[52, 22.4], [55, 17.5], [56, 17.5], [53, 22.4], [52, 22.4]],
  [[58, 12.6], [62, 7], [63, 7], [60, 12.6], [58, 12.6]],
  [[0, 3.5], [0, 93.1], [64, 93.1], [64, 0], [63, 0], [63, 92.4], [1, 92.4], [1, 3.5], [0, 3.5]],
];

/** The inset's polygons in longitude and latitude. */
export function nanhaiInset(): [number, number][][] {
  return POINTS.map((ring) => ring.map(([x, y]) => [x / 10.5 + ORIGIN[0], y / (-10.5 / 0.75) + ORIGIN[1]] as [number, number]));
}
