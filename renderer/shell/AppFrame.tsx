import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { GlobalSearch } from '@renderer/features/search';
import { SearchButton } from '@renderer/features/search';
import classes from './AppFrame.module.css';
import { BackupReminder } from './BackupReminder';
import { useMenuCommands } from './useMenuCommands';
import { sectionPaths, sections } from './navigation';

const isActive = (pathname: string, path: string): boolean =>
  path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);

export const AppFrame = () => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  useMenuCommands();

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href="#main-content" className="skip-link">
        {t('frame.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md">
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={t('frame.toggleNavigation')}
          />
          <Text fw={700}>{t('frame.appName')}</Text>
          <Group ml="auto">
            <SearchButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('frame.mainNavigation')} withBorder={false}>
        <ScrollArea>
          {sections.map((section) => {
            const path = sectionPaths[section];
            const active = isActive(pathname, path);
            return (
              <NavLink
                key={section}
                component={Link}
                to={path}
                label={t(`frame.nav.${section}`)}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={close}
              />
            );
          })}
        </ScrollArea>
      </AppShell.Navbar>
      <GlobalSearch />
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <BackupReminder />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
};
