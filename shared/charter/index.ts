/** The charter: built from a workshop, hashed, verified, read back, compared. See docs/charter-format.md. */
export { buildCharter, buildCharterFile, buildLayout, type ExportInfo, serializeCharterFile } from "./build";
export { canonicalJson, contentHash } from "./canonical";
export { type ChangeSection, type CharterChange, charterChanges } from "./changes";
export * from "./format";
export { charterToWorkshop } from "./import";
export { type CharterParseOptions, type OpenedCharter, parseCharterFile, validateCharterFile } from "./parse";
export { type ReadinessItem, type ReadinessKind, type ReadinessView, readiness, signOffBlockers } from "./readiness";
export { type Verification, verifyCharterFile } from "./verify";
export { earlierCharterFile, earlierVersions, keepSignedVersion } from "./versions";
export { formatOwner, formatSla, stageName, teamName, transitionName } from "./wording";
