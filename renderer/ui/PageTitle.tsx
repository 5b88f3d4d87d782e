import { Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface PageTitleProps {
  children: string;
}

/** The one h1 of a screen; also names the window so screen readers and the task bar say where you are. */
export const PageTitle = ({ children }: PageTitleProps) => {
  const { t } = useTranslation();
  const appName = t('frame.appName');
  useEffect(() => {
    document.title = `${children} — ${appName}`;
  }, [children, appName]);
  return (
    <Title order={1} mb="lg">
      {children}
    </Title>
  );
};
