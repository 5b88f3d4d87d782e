import { Button, Kbd } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { searchSpotlight, shortcutLabel } from './searchSpotlight';

/** Opens the global search for mouse users, and shows them the shortcut for next time. */
export const SearchButton = () => {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="xs"
      onClick={searchSpotlight.open}
      rightSection={<Kbd size="xs">{shortcutLabel()}</Kbd>}
      aria-keyshortcuts="Control+K Meta+K"
    >
      {t('search.button')}
    </Button>
  );
};
