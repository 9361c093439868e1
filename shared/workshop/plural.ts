/** "1 stage", "3 stages", "2 people": how every screen, the PDF and every refusal count things. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
