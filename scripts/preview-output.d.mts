export const PREVIEW_HOST: string;
export const PREVIEW_PORT: number;
export const PREVIEW_URL: string;
export function previewIsListening(output: string): boolean;
export function previewFailureMessage(output: string, exitCode: number | null): string;
