import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PatentRiskDraft } from '@shared/domain/standards';
import { useTranslate } from '@renderer/ui/useTranslate';
import { findingRiskLink } from './findingLink';

/** The findings of the declarations, each a link to a prefilled Legal / IP risk. */
export const PatentFindings = ({ findings }: { findings: readonly PatentRiskDraft[] }) => {
  const { t } = useTranslation();
  const translate = useTranslate();
  const paramsOf = (draft: PatentRiskDraft): Record<string, string | number> => ({
    ...draft.params,
    ...(draft.level && { level: translate(`vendors.level.${draft.level}`) }),
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="patent-findings" mb="lg">
      <Title order={2} size="h3" id="patent-findings">
        {t('standards.findings.title')}
      </Title>
      {findings.length === 0 ? (
        <Text c="dimmed">{t('standards.findings.none')}</Text>
      ) : (
        <List spacing="xs">
          {findings.map((draft) => {
            const params = paramsOf(draft);
            const title = translate(draft.titleKey, params);
            return (
              <List.Item key={`${draft.reason}:${draft.partyId}`}>
                {title}{' '}
                <Anchor
                  component={Link}
                  to={findingRiskLink(draft, title, translate(draft.descriptionKey, params))}
                  aria-label={t('standards.findings.recordLabel', { title })}
                >
                  {t('standards.findings.record')}
                </Anchor>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
};
