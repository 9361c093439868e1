export function platformExecutable(platform: string): string;
export function findElectronBinary(where: {
  projectDir: string;
  env: Record<string, string | undefined>;
  platform: string;
  exists: (file: string) => boolean;
  readText: (file: string) => string | null;
}): { found: true; binary: string } | { found: false; reason: string };
