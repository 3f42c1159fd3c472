/**
 * The demo region hierarchy and population. Zuid-Holland Noord is the real Holland Rijnland
 * split (questionnaire.md); the other regions are real, their subregions are invented and say so.
 * Residents are rounded approximations of CBS counts for 1 January 2024.
 */
import type { RegionsFile } from '../model/regions.js';

/** A municipality with its approximate number of residents. */
export interface DemoMunicipality {
  name: string;
  residents: number;
}

interface DemoRegion {
  name: string;
  subregions: { name: string; municipalities: DemoMunicipality[] }[];
}

const m = (name: string, residents: number): DemoMunicipality => ({ name, residents });

/** The regions of the demo, Zuid-Holland Noord first. */
export const DEMO_REGIONS: readonly DemoRegion[] = [
  {
    name: 'Zuid-Holland Noord',
    subregions: [
      {
        name: 'Leidse Regio',
        municipalities: [
          m('Leiden', 128000),
          m('Leiderdorp', 28000),
          m('Oegstgeest', 26500),
          m('Voorschoten', 26000),
          m('Zoeterwoude', 9500),
        ],
      },
      {
        name: 'Duin- en Bollenstreek',
        municipalities: [
          m('Hillegom', 23000),
          m('Katwijk', 67000),
          m('Lisse', 23500),
          m('Noordwijk', 44000),
          m('Teylingen', 38000),
        ],
      },
      {
        name: 'Rijnstreek',
        municipalities: [
          m('Alphen aan den Rijn', 116000),
          m('Kaag en Braassem', 28500),
          m('Nieuwkoop', 30000),
        ],
      },
    ],
  },
  {
    name: 'Twente',
    subregions: [
      { name: 'Twente Noord (synthetisch)', municipalities: [m('Almelo', 74000), m('Borne', 24000)] },
      {
        name: 'Twente Zuid (synthetisch)',
        municipalities: [m('Enschede', 161000), m('Hengelo', 82000), m('Losser', 23000)],
      },
    ],
  },
  {
    name: 'Zuid-Limburg',
    subregions: [
      {
        name: 'Maasvallei (synthetisch)',
        municipalities: [m('Maastricht', 122000), m('Sittard-Geleen', 91000)],
      },
      {
        name: 'Heuvelland Oost (synthetisch)',
        municipalities: [m('Heerlen', 87000), m('Kerkrade', 45000), m('Valkenburg aan de Geul', 16500)],
      },
    ],
  },
  {
    name: 'Groningen',
    subregions: [
      {
        name: 'Stad en Ommeland (synthetisch)',
        municipalities: [m('Groningen', 243000), m('Westerkwartier', 66000)],
      },
      {
        name: 'Noordoost (synthetisch)',
        municipalities: [m('Het Hogeland', 48500), m('Eemsdelta', 46000), m('Midden-Groningen', 61000)],
      },
    ],
  },
  {
    name: 'Regio Utrecht',
    subregions: [
      {
        name: 'Utrecht Centraal (synthetisch)',
        municipalities: [m('Utrecht', 374000), m('Nieuwegein', 65000)],
      },
      {
        name: 'Utrechtse Heuvelrug West (synthetisch)',
        municipalities: [m('Zeist', 66000), m('Houten', 51000), m('Stichtse Vecht', 66500)],
      },
    ],
  },
  {
    name: 'Amsterdam-Amstelland',
    subregions: [
      { name: 'Amsterdam (synthetisch)', municipalities: [m('Amsterdam', 932000), m('Diemen', 32000)] },
      {
        name: 'Amstelland (synthetisch)',
        municipalities: [
          m('Amstelveen', 93000),
          m('Aalsmeer', 33500),
          m('Ouder-Amstel', 15000),
          m('Uithoorn', 31500),
        ],
      },
    ],
  },
];

/**
 * Municipalities the questionnaire offers that lie outside every demo region: a respondent from
 * there is answerable but cannot be placed in a region.
 */
export const OUTSIDE_MUNICIPALITIES: readonly string[] = ['Amersfoort', 'Den Haag', 'Zwolle'];

/** The demo hierarchy in the shape of `regions.json`. */
export function toDemoRegionsFile(): RegionsFile {
  return {
    regions: DEMO_REGIONS.map((region) => ({
      name: region.name,
      subregions: region.subregions.map((sub) => ({
        name: sub.name,
        municipalities: sub.municipalities.map((mun) => mun.name),
      })),
    })),
  };
}

/** `population.csv`: `municipality,residents`, one line per demo municipality, LF line ends. */
export function toDemoPopulationCsv(): string {
  const lines = ['municipality,residents'];
  for (const region of DEMO_REGIONS)
    for (const sub of region.subregions)
      for (const mun of sub.municipalities) lines.push(`${mun.name},${mun.residents}`);
  return `${lines.join('\n')}\n`;
}
