// PLOVER types in the order of the data contract, each with a colour for map, list and legend.
// Cooperation (quad classes 1-2) in blues and greens, conflict (3-4) in purples, oranges, reds.
export const TYPE_COLORS = {
  AGREE: "#1b9e77",
  CONSULT: "#66a61e",
  SUPPORT: "#2ca25f",
  CONCEDE: "#41b6c4",
  COOPERATE: "#1d91c0",
  AID: "#225ea8",
  RETREAT: "#7fcdbb",
  REQUEST: "#9e9ac8",
  ACCUSE: "#807dba",
  REJECT: "#6a51a3",
  THREATEN: "#d95f0e",
  PROTEST: "#e7298a",
  SANCTION: "#fe9929",
  MOBILIZE: "#a6761d",
  COERCE: "#ec7014",
  ASSAULT: "#d7301f",
};

export const TYPES = Object.keys(TYPE_COLORS);

export function typeColor(type) {
  return TYPE_COLORS[type] || "#777777";
}
