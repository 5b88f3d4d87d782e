/** The figures of one bench run, printed as a table at the end (and pasted into the README by hand). */
export interface Figure {
  measure: string;
  value: number;
  unit: 'ms' | '×' | 'MB' | 'kB';
  /** The target, when it sets one; a figure above it is flagged. */
  target?: number;
}

export const figures: Figure[] = [];

export const record = (figure: Figure): void => {
  figures.push(figure);
  const flag = figure.target !== undefined && figure.value > figure.target ? '  ← OVER TARGET' : '';
  console.log(
    `  ${figure.measure}: ${figure.value.toFixed(figure.unit === '×' ? 2 : 0)} ${figure.unit}${flag}`,
  );
};

export const printFigures = (): void => {
  console.log('\n| Measure | Figure | Target |\n|---|---|---|');
  for (const figure of figures) {
    const value = `${figure.value.toFixed(figure.unit === '×' ? 2 : 0)} ${figure.unit}`;
    const target = figure.target === undefined ? '—' : `< ${figure.target} ${figure.unit}`;
    console.log(`| ${figure.measure} | ${value} | ${target} |`);
  }
};
