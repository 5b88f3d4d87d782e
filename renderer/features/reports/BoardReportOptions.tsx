import {
  Checkbox,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import i18next from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkDomainValues } from '@shared/domain';
import { classificationValues, reportSectionIds } from '@shared/report/options';
import { useVendors } from '@renderer/data/vendors';
import { isLanguage, languages } from '@renderer/i18n';
import { FileField } from '@renderer/ui/FileField';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { useVendorOptions, VENDOR_OPTION_LIMIT } from '@renderer/ui/records/vendorOptions';
import { maxLogoBytes, useReportLanguage, useReportOptions } from './useReportOptions';

const readDataUrl = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });

/** What the next board report says and covers: cover details, language, sections and scope. */
export const BoardReportOptions = () => {
  const { t } = useTranslation();
  const { bytes } = useFormatNumber();
  const options = useReportOptions();
  const { change } = options;
  const language = useReportLanguage();
  // The markings as the report prints them, in its language rather than the app's.
  const markings = useMemo(() => {
    const inReport = i18next.getFixedT(language);
    return classificationValues.map((value) => ({
      value,
      label: inReport(`boardReport.classification.${value}`),
    }));
  }, [language]);
  const vendorOptions = useVendorOptions(useVendors(), undefined);
  const [logoProblem, setLogoProblem] = useState<string>();

  const chooseLogo = async (file: File) => {
    // PNG and JPEG only: the Word file cannot embed an SVG without a raster copy.
    if (file.type !== 'image/png' && file.type !== 'image/jpeg')
      return setLogoProblem(t('reports.options.logoNotImage', { name: file.name }));
    if (file.size > maxLogoBytes)
      return setLogoProblem(
        t('reports.options.logoTooLarge', { name: file.name, limit: bytes(maxLogoBytes) }),
      );
    setLogoProblem(undefined);
    change({ logo: await readDataUrl(file) });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="report-options">
      <Title order={2} size="h3" id="report-options">
        {t('reports.options.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('reports.options.reportTitle')}
          placeholder={t('reports.options.defaultTitle')}
          value={options.title}
          onChange={(event) => change({ title: event.currentTarget.value })}
        />
        <Select
          label={t('reports.options.classification')}
          data={markings}
          value={options.classification}
          onChange={(value) => value && change({ classification: value })}
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t('reports.options.periodFrom')}
          value={options.periodFrom}
          onChange={(event) => change({ periodFrom: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('reports.options.periodTo')}
          value={options.periodTo}
          onChange={(event) => change({ periodTo: event.currentTarget.value })}
        />
        <TextInput
          label={t('reports.options.preparedBy')}
          value={options.preparedBy}
          onChange={(event) => change({ preparedBy: event.currentTarget.value })}
        />
        <TextInput
          label={t('reports.options.approvedBy')}
          value={options.approvedBy}
          onChange={(event) => change({ approvedBy: event.currentTarget.value })}
        />
        <Select
          label={t('reports.options.language')}
          description={t('reports.options.languageHint')}
          data={languages.map((value) => ({ value, label: t(`settings.language.${value}`) }))}
          value={language}
          onChange={(value) => isLanguage(value) && change({ language: value })}
          allowDeselect={false}
        />
        <Stack gap={4}>
          <FileField
            label={t('reports.options.logo')}
            description={t('reports.options.logoHint', { limit: bytes(maxLogoBytes) })}
            accept="image/png,image/jpeg"
            disabled={false}
            onChoose={(file) => void chooseLogo(file)}
          />
          {logoProblem && (
            <Text c="red" size="sm" role="alert">
              {logoProblem}
            </Text>
          )}
          {options.logo && (
            <Group gap="xs">
              <img src={options.logo} alt={t('reports.options.logoPreview')} style={{ maxHeight: 40 }} />
              <Text component="button" type="button" size="sm" c="red" onClick={() => change({ logo: '' })}>
                {t('reports.options.removeLogo')}
              </Text>
            </Group>
          )}
        </Stack>
      </SimpleGrid>
      <Checkbox.Group
        label={t('reports.options.sections')}
        value={options.sections}
        onChange={(values) => change({ sections: reportSectionIds.filter((id) => values.includes(id)) })}
      >
        <SimpleGrid cols={{ base: 2, md: 5 }} mt="xs">
          {reportSectionIds.map((id) => (
            <Checkbox key={id} value={id} label={t(`reports.sections.${id}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MultiSelect
          label={t('reports.options.domains')}
          description={t('reports.options.allWhenEmpty')}
          data={networkDomainValues.map((value) => ({ value, label: t(`dependencies.domain.${value}`) }))}
          value={options.domains}
          onChange={(values) =>
            change({ domains: networkDomainValues.filter((value) => values.includes(value)) })
          }
          clearable
        />
        <MultiSelect
          label={t('reports.options.vendors')}
          description={t('reports.options.allWhenEmpty')}
          data={vendorOptions}
          value={options.vendorIds}
          onChange={(values) => change({ vendorIds: values })}
          searchable
          clearable
          limit={VENDOR_OPTION_LIMIT}
        />
      </SimpleGrid>
    </Stack>
  );
};
