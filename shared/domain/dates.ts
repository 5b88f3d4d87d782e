/** Today as YYYY-MM-DD in the user's time zone, comparable as a string with the dates the model stores. */
export const localToday = (now = new Date()): string => {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
