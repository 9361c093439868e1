import { createContext, type ReactNode, useContext } from "react";
import type { Host } from "../../shared/host";
import type { AccordDatabase } from "./db";
import type { Persistence, StorageDurability } from "./persistence";

export interface AppServices {
  db: AccordDatabase;
  persistence: Persistence;
  host: Host;
  /** Whether the browser keeps the stored workshops even when its disk runs low: known a moment after start. */
  durability: Promise<StorageDurability>;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices needs a ServicesProvider above it");
  return services;
}
