/** A one-click starting point for a shared measure; the room edits it freely afterwards. */
export interface KpiStarter {
  key: string;
  name: string;
  definition: string;
  formula: string;
  target: string | null;
}

export const KPI_STARTERS = [
  {
    key: "sql-to-opportunity",
    name: "SQL-to-opportunity rate",
    definition:
      "Of the leads sales agreed were qualified, the share that became a real sales opportunity. It shows whether the qualification both teams signed up to predicts buying.",
    formula: "opportunities created from SQLs ÷ SQLs in the same period × 100%",
    target: null,
  },
  {
    key: "pipeline-velocity",
    name: "Pipeline velocity",
    definition:
      "How much revenue the pipeline produces per day. It rises when there are more opportunities, more of them are won, deals are larger or they close sooner.",
    formula: "open opportunities × win rate × average deal size ÷ sales cycle length in days",
    target: null,
  },
  {
    key: "win-rate-by-source",
    name: "Win rate by lead source",
    definition:
      "For each place leads come from (events, paid search, referrals, outbound…), the share of its closed opportunities that were won. It tells marketing which sources sales can turn into customers.",
    formula: "won opportunities from a source ÷ closed opportunities (won + lost) from that source × 100%",
    target: null,
  },
  {
    key: "customer-acquisition-cost",
    name: "Customer acquisition cost",
    definition:
      "What it costs, across marketing and sales together, to win one new customer. Both teams' spending counts, because both teams won the customer.",
    formula: "marketing + sales spend in a period ÷ new customers won in that period",
    target: null,
  },
  {
    key: "revenue-per-lead",
    name: "Revenue per lead",
    definition:
      "The revenue a single lead is worth on average once it has had time to close. It puts a value on a lead that both teams can plan with.",
    formula: "revenue won from a group of leads ÷ number of leads in that group",
    target: null,
  },
  {
    key: "mql-acceptance",
    name: "MQL acceptance rate",
    definition:
      "The share of marketing-qualified leads that sales accepts before contacting them. A low rate means the two teams still read the MQL definition differently.",
    formula: "MQLs accepted by sales ÷ MQLs handed to sales × 100%",
    target: "90% or more",
  },
] as const satisfies readonly KpiStarter[];

export type KpiStarterKey = (typeof KPI_STARTERS)[number]["key"];
