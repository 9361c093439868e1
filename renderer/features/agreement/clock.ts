/** The time an action on Agree happens; shared/ takes every time as an argument, so reading the clock is the view's. */
export const now = () => new Date().toISOString();
