/**
 * The charts of the overview of a run (output/index.html), in page order: the regions on the map
 * of the Netherlands, then the regions side by side in a heat map of the key indicators.
 */
import { regionHeatmap } from './heatmap-regions.js';
import { countryMap } from './map-country.js';
import type { OverviewChart } from './map-regions.js';

export type { OverviewChart } from './map-regions.js';

export const overviewCharts: readonly OverviewChart[] = [countryMap, regionHeatmap];
