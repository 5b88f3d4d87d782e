import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem, ChecklistSection } from '@shared/domain';

const ItemView = ({ item, number }: { item: ChecklistItem; number: number }) => {
  const { t } = useTranslation();
  return (
    <Stack
      gap={4}
      component="li"
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Text fw={500}>
        {number}. {item.text}
      </Text>
      <Group gap="xs">
        <Badge variant="light">{t(`checklists.answerType.${item.answerType}`)}</Badge>
        <Badge variant="outline" color="gray">
          {t('checklists.detail.weight', { weight: item.weight })}
        </Badge>
        {item.reference && (
          <Badge variant="outline" color="gray" tt="none">
            {item.reference}
          </Badge>
        )}
        {item.riskCategory && (
          <Badge variant="light" color="orange">
            {t(`risks.category.${item.riskCategory}`)}
          </Badge>
        )}
        {item.higherIsWorse && (
          <Badge variant="light" color="grape">
            {t('checklists.detail.concern')}
          </Badge>
        )}
      </Group>
      {item.guidance && (
        <Text size="sm" c="dimmed">
          {item.guidance}
        </Text>
      )}
    </Stack>
  );
};

/** A checklist's sections, one panel each, so a 150-item template stays readable. */
export const ChecklistSectionsView = ({ sections }: { sections: readonly ChecklistSection[] }) => {
  const { t } = useTranslation();
  if (sections.length === 0) return <Text c="dimmed">{t('checklists.detail.noSections')}</Text>;
  return (
    <Accordion multiple variant="separated">
      {sections.map((section) => (
        <Accordion.Item key={section.id} value={section.id}>
          <Accordion.Control>
            <Group justify="space-between" pr="md">
              <Text fw={600}>{section.title}</Text>
              <Text size="sm" c="dimmed">
                {t('checklists.detail.sectionItems', { count: section.items.length })}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            {section.items.length === 0 ? (
              <Text c="dimmed">{t('checklists.detail.noItems')}</Text>
            ) : (
              <Stack component="ol" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
                {section.items.map((item, index) => (
                  <ItemView key={item.id} item={item} number={index + 1} />
                ))}
              </Stack>
            )}
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
};
