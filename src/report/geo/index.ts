/**
 * Municipal boundaries for the maps: the bundled CBS/PDOK TopoJSON (read once), the matching of
 * the region table's municipality names to it, and the projection the maps are drawn in.
 */
export {
  type MatchedName,
  matchMunicipalities,
  type NameMatch,
  normalizeName,
  type UnmatchedName,
} from './match.js';
export {
  type FitOptions,
  fitMercator,
  innerPoint,
  invert,
  isInside,
  type Point,
  type Projection,
  project,
} from './projection.js';
export {
  boundariesPath,
  FEATURE,
  type Geometry,
  geometries,
  type LonLat,
  parseTopology,
  readBoundaries,
  subsetTopology,
  type Topology,
  toPolygons,
} from './topology.js';
