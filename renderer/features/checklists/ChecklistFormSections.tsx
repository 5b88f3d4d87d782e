import { Accordion, Badge, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ChecklistFormItems } from './ChecklistFormItems';
import { blankSection, type ChecklistFormValues } from './checklistFormValues';

const SectionHeading = ({ index }: { index: number }) => {
  const { t } = useTranslation();
  const { control } = useFormContext<ChecklistFormValues>();
  const title = useWatch({ control, name: `sections.${index}.title` });
  const items = useWatch({ control, name: `sections.${index}.items` });
  const { errors } = useFormState({ control, name: `sections.${index}` });
  return (
    <Group justify="space-between" pr="md" wrap="nowrap">
      <Text fw={600}>{title?.trim() || t('checklists.form.section', { number: index + 1 })}</Text>
      <Group gap="xs" wrap="nowrap">
        {errors.sections?.[index] && <Badge color="red">{t('checklists.form.sectionHasErrors')}</Badge>}
        <Text size="sm" c="dimmed">
          {t('checklists.detail.sectionItems', { count: items?.length ?? 0 })}
        </Text>
      </Group>
    </Group>
  );
};

interface ChecklistFormSectionsProps {
  /** The index of the open section, or null when all are closed. */
  open: number | null;
  onOpen: (index: number | null) => void;
}

/** The template's sections, one open at a time: only the open one's items are mounted. */
export const ChecklistFormSections = ({ open, onOpen: setOpen }: ChecklistFormSectionsProps) => {
  const { t } = useTranslation();
  const { control } = useFormContext<ChecklistFormValues>();
  const { fields, append, move, remove } = useFieldArray({ control, name: 'sections' });
  const add = () => {
    append(blankSection(t('checklists.form.newSection')));
    setOpen(fields.length);
  };
  const moveSection = (from: number, to: number) => {
    move(from, to);
    if (open === from) setOpen(to);
    else if (open === to) setOpen(from);
  };
  const removeSection = (index: number) => {
    remove(index);
    if (open === index) setOpen(null);
    else if (open !== null && open > index) setOpen(open - 1);
  };

  return (
    <Fieldset legend={t('checklists.form.sections')}>
      <Stack>
        {fields.length === 0 && <Text c="dimmed">{t('checklists.form.noSections')}</Text>}
        <Accordion
          value={open === null ? null : String(open)}
          onChange={(value) => setOpen(value === null ? null : Number(value))}
          variant="separated"
        >
          {fields.map((field, index) => {
            const number = index + 1;
            return (
              <Accordion.Item key={field.id} value={String(index)}>
                <Accordion.Control>
                  <SectionHeading index={index} />
                </Accordion.Control>
                <Accordion.Panel>
                  {open === index && (
                    <Stack>
                      <ChecklistFormItems sectionIndex={index} />
                      <Group justify="flex-end" gap="xs">
                        <Button
                          variant="subtle"
                          size="xs"
                          disabled={index === 0}
                          onClick={() => moveSection(index, index - 1)}
                        >
                          {t('checklists.form.moveSectionUp', { number })}
                        </Button>
                        <Button
                          variant="subtle"
                          size="xs"
                          disabled={index === fields.length - 1}
                          onClick={() => moveSection(index, index + 1)}
                        >
                          {t('checklists.form.moveSectionDown', { number })}
                        </Button>
                        <Button variant="subtle" color="red" size="xs" onClick={() => removeSection(index)}>
                          {t('checklists.form.removeSection', { number })}
                        </Button>
                      </Group>
                    </Stack>
                  )}
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
        <Group>
          <Button variant="light" onClick={add}>
            {t('checklists.form.addSection')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
};
