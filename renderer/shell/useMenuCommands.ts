import { modals } from '@mantine/modals';
import { createElement, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { platform } from '../platform';
import { AboutContent } from './AboutContent';
import { sectionPaths } from './navigation';
import { paths } from '@renderer/paths';

/** Carries the native menu's commands (desktop app) to the screens that perform them. */
export const useMenuCommands = (): void => {
  const { t } = useTranslation();
  const navigate = useNavigate();

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        switch (command) {
          case 'new-vendor':
            void navigate(sectionPaths.vendors);
            return;
          case 'import':
            void navigate(paths.importScreen('vendors'));
            return;
          case 'export':
            void navigate(sectionPaths.reports);
            return;
          case 'about':
            modals.open({
              title: t('frame.about.title', { name: t('frame.appName') }),
              children: createElement(AboutContent),
            });
            return;
        }
      }),
    [navigate, t],
  );
};
