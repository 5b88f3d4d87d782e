import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerNames, type RegisterName } from '@shared/export';
import { useExportRegisters } from './exports/useExportRegisters';
import { useRegistersInput } from './exports/useRegistersInput';

const isRegister = (value: string | null): value is RegisterName =>
  registerNames.some((register) => register === value);

/** The registers as an XLSX workbook (a sheet each) or one register as CSV, in the UI's language. */
export const DataExportsCard = () => {
  const { t } = useTranslation();
  const input = useRegistersInput();
  const { busy, ready, exportWorkbook, exportCsv } = useExportRegisters(input);
  const [register, setRegister] = useState<RegisterName>('vendors');

  return (
    <Stack gap="xs" component="section" aria-labelledby="data-exports">
      <Title order={2} size="h3" id="data-exports">
        {t('dataExports.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {ready ? t('dataExports.description') : t('dataExports.loading')}
      </Text>
      <Group align="end">
        <Button onClick={() => void exportWorkbook()} disabled={!ready} loading={busy}>
          {t('dataExports.exportWorkbook')}
        </Button>
        <Select
          label={t('dataExports.register')}
          data={registerNames.map((name) => ({ value: name, label: t(`dataExports.sheets.${name}`) }))}
          value={register}
          onChange={(value) => isRegister(value) && setRegister(value)}
          allowDeselect={false}
          w={200}
        />
        <Button variant="default" onClick={() => void exportCsv(register)} disabled={!ready} loading={busy}>
          {t('dataExports.exportCsv')}
        </Button>
      </Group>
    </Stack>
  );
};
