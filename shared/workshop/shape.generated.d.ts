/** The workshop's JSON Schema, compiled by scripts/workshop-shape.ts: true only for a document of exactly its shape. */
declare const validate: (data: unknown) => boolean;
export default validate;
export { validate };
