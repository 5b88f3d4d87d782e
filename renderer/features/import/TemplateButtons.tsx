import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { csvTemplate, xlsxTemplate, type ImportEntity } from '@shared/import';
import { platform } from '@renderer/platform';
import { useRegisterLabels } from '@renderer/ui/registerLabels';
import { useTranslate } from '@renderer/ui/useTranslate';
import { templateText } from './templateText';

const formats = ['csv', 'xlsx'] as const;
type TemplateFormat = (typeof formats)[number];

/** Downloads of the CSV and XLSX templates; the XLSX one carries an "Instructions" sheet in the user's language. */
export const TemplateButtons = ({ entity }: { entity: ImportEntity }) => {
  const { t } = useTranslation();
  const translate = useTranslate();
  const labels = useRegisterLabels();

  const download = async (format: TemplateFormat): Promise<void> => {
    const text = templateText(translate, entity, labels);
    const data = format === 'csv' ? await csvTemplate(entity, labels) : await xlsxTemplate(entity, text);
    const result = await platform.saveFile({
      suggestedName: `${t(`importer.template.fileName.${entity}`)}.${format}`,
      data,
      filters: [{ name: format.toUpperCase(), extensions: [format] }],
    });
    if (!result.ok) {
      notifications.show({ color: 'red', message: t('importer.template.failed', { message: result.error }) });
    }
  };

  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('importer.template.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('importer.template.description')}
      </Text>
      <Group>
        {formats.map((format) => (
          <Button key={format} variant="default" onClick={() => void download(format)}>
            {t(`importer.template.${format}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
};
