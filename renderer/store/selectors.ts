import { byId } from "../../shared/workshop/locate";
import type {
  Consensus,
  Feedback,
  Kpi,
  ParkingLotItem,
  Participant,
  Stage,
  Team,
  Term,
  Transition,
} from "../../shared/workshop/model";
import { subjectConsensus } from "../../shared/workshop/rule-subject";
import { useWorkshopStore, type WorkshopState } from "./workshop-store";

/**
 * Lookups by id, declared once. Every node, cell and row runs its selector on
 * each change to the workshop; byId reads an index built once per list (an
 * edit makes a new list, every other list keeps its index), so a keystroke
 * costs each of them a map read, not a scan.
 */
export const stageOf = (s: WorkshopState, id: string | null | undefined): Stage | undefined =>
  s.workshop && id ? byId(s.workshop.stages, id) : undefined;
export const transitionOf = (s: WorkshopState, id: string): Transition | undefined =>
  s.workshop ? byId(s.workshop.transitions, id) : undefined;
export const teamOf = (s: WorkshopState, id: string | null | undefined): Team | undefined =>
  s.workshop && id ? byId(s.workshop.teams, id) : undefined;
export const termOf = (s: WorkshopState, id: string): Term | undefined =>
  s.workshop ? byId(s.workshop.terms, id) : undefined;

export const useStage = (id: string) => useWorkshopStore((s) => stageOf(s, id));
export const useTransition = (id: string) => useWorkshopStore((s) => transitionOf(s, id));
export const useTeam = (id: string | null | undefined) => useWorkshopStore((s) => teamOf(s, id));
export const useParticipant = (id: string): Participant | undefined =>
  useWorkshopStore((s) => (s.workshop ? byId(s.workshop.participants, id) : undefined));
export const useKpi = (id: string): Kpi | undefined =>
  useWorkshopStore((s) => (s.workshop ? byId(s.workshop.kpis, id) : undefined));
export const useFeedback = (id: string): Feedback | undefined =>
  useWorkshopStore((s) => (s.workshop ? byId(s.workshop.feedbackLoop, id) : undefined));
export const useParkingLotItem = (id: string): ParkingLotItem | undefined =>
  useWorkshopStore((s) => (s.workshop ? byId(s.workshop.parkingLot, id) : undefined));

/** One field of one term: the smallest slice a cell, row or panel shows, so typing re-renders only what changed. */
export function useTermField<K extends keyof Term>(termId: string, field: K): Term[K] | undefined {
  return useWorkshopStore((s) => termOf(s, termId)?.[field]);
}

/** The consensus check of what the room is agreeing: a term, or a CRM rule by its subject id. */
export const consensusOf = (s: WorkshopState, subjectId: string): Consensus | undefined =>
  s.workshop ? subjectConsensus(s.workshop, subjectId) : undefined;

export const useConsensus = (subjectId: string) => useWorkshopStore((s) => consensusOf(s, subjectId));
