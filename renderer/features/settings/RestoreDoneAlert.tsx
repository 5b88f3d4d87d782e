import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import {
  adoptOrganisation,
  organisationDiffers,
  useSettings,
  type Organisation,
} from '@renderer/data/settings';
import type { RestoreSummary } from '@renderer/data/workspace-backup';
import { settingsGroups } from '@shared/workspace/workspace-settings';
import { useCountryName } from '@renderer/ui/useCountryNames';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import { useSettingsGroupNames } from './useSettingsGroupNames';

/** "Atlantic Telecom, France", or the name alone when no country is given. */
const useOrganisationName = () => {
  const countryName = useCountryName();
  return (name: string, country: string | undefined) => (country ? `${name}, ${countryName(country)}` : name);
};

/**
 * What a restore did: the backup's date, where the reference lists now come from, the settings taken from
 * the backup and those set back to their defaults, and — when the backup
 * names another organisation than the profile (a restore keeps the profile) — the offer to use it, so the
 * report cover is not left blank or wrong after moving to a new machine.
 */
export const RestoreDoneAlert = ({
  exportedAt,
  organisation,
  summary,
  onClose,
}: {
  exportedAt: string;
  organisation: Organisation;
  summary: RestoreSummary;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formatDateTime = useFormatDateTime();
  const groupNames = useSettingsGroupNames();
  const organisationName = useOrganisationName();
  const settings = useSettings();
  const [declined, setDeclined] = useState(false);
  const [saving, setSaving] = useState(false);
  const offered = settings !== undefined && !declined && organisationDiffers(organisation, settings);
  const theirs = organisationName(organisation.name.trim(), organisation.country);

  const adopt = async (): Promise<void> => {
    setSaving(true);
    try {
      await adoptOrganisation(organisation);
      notifications.show({
        color: 'green',
        message: t('workspaceFile.restore.organisation.saved', { organisation: theirs }),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  const { from, count } = summary.referenceEntries;
  const defaulted = settingsGroups.filter((group) => !summary.settings.includes(group));
  return (
    <Alert
      color="green"
      role="status"
      title={t('workspaceFile.restore.done', { date: formatDateTime(exportedAt) })}
      withCloseButton
      closeButtonLabel={t('workspaceFile.restore.dismiss')}
      onClose={onClose}
    >
      <Stack gap="sm">
        <Text size="sm">
          {from === 'builtIn'
            ? t('workspaceFile.restore.referenceBuiltIn', { count })
            : t('workspaceFile.restore.referenceFromBackup', { count })}
        </Text>
        {summary.settings.length > 0 && (
          <Text size="sm">
            {t('workspaceFile.restore.settingsRestored', { groups: groupNames(summary.settings) })}
          </Text>
        )}
        {defaulted.length > 0 && (
          <Text size="sm">
            {t('workspaceFile.restore.settingsDefaulted', { groups: groupNames(defaulted) })}
          </Text>
        )}
        {offered && (
          <Stack gap="xs" role="group" aria-labelledby="restore-organisation-question">
            <Text size="sm" fw={600} id="restore-organisation-question">
              {t('workspaceFile.restore.organisation.question', { organisation: theirs })}
            </Text>
            <Text size="sm">
              {t('workspaceFile.restore.organisation.current', {
                organisation: settings.organisationName
                  ? organisationName(settings.organisationName, settings.organisationCountry)
                  : t('workspaceFile.restore.organisation.unnamed'),
              })}
            </Text>
            <Group>
              <Button size="xs" loading={saving} onClick={() => void adopt()}>
                {t('workspaceFile.restore.organisation.use')}
              </Button>
              <Button size="xs" variant="default" disabled={saving} onClick={() => setDeclined(true)}>
                {t('workspaceFile.restore.organisation.keep')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Alert>
  );
};
