import type { Team } from "../../../shared/workshop/model";
import { useWorkshopStore } from "../../store/workshop-store";

const NO_TEAMS: Team[] = [];

/** The teams array keeps its identity while terms change, so this never re-renders on typing. */
export const useTeams = (): Team[] => useWorkshopStore((s) => s.workshop?.teams ?? NO_TEAMS);
