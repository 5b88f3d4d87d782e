/** Why a workbook (XLSX) from outside is refused before it is read: its archive or its sheets go past the limits. */
export const xlsx = {
  problems: {
    tooManyEntries:
      'This workbook is made of {{count, number}} parts, more than the {{limit, number}} accepted: it is not an ordinary spreadsheet.',
    tooLargeInflated:
      'This workbook unpacks to {{size}}, more than the {{limit}} accepted. Split it into smaller files.',
    compressionRatio:
      'A part of this workbook (“{{part}}”) is compressed {{ratio, number}} times, far more than any spreadsheet (at most {{limit, number}}): the file is built to exhaust memory.',
    sizeMismatch:
      'A part of this workbook (“{{part}}”) unpacks to more than it declares: the file is damaged or built to exhaust memory.',
    pastExcelRows:
      'The sheet “{{sheet}}” has a row numbered {{row, number}}, past the {{limit, number}} rows a spreadsheet can have: the file is damaged or built to hang the app.',
    pastExcelColumns:
      'The sheet “{{sheet}}” has a cell in column {{column}}, past the {{limit, number}} columns a spreadsheet can have: the file is damaged or built to hang the app.',
    tooManyRows:
      'The sheet “{{sheet}}” goes down to row {{row, number}}; at most {{limit, number}} rows are read from a file here. Split it into smaller files or delete the rows below the data.',
    tooManyColumns:
      'The sheet “{{sheet}}” has a cell in column {{column}}; at most {{limit, number}} columns are read from a file here. Delete the columns after the data.',
  },
} as const;
