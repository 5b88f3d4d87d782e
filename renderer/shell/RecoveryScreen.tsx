import { Alert, Button, Code, Container, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { classifyOpenError, describeError } from '../data/errors';

interface RecoveryScreenProps {
  error: unknown;
  onRetry: () => void;
}

export const RecoveryScreen = ({ error, onRetry }: RecoveryScreenProps) => {
  const { t } = useTranslation();
  const details = describeError(error);
  return (
    <Container size="sm" py="xl">
      <Stack component="main">
        <Title order={1}>{t('recovery.title')}</Title>
        <Text>{t('recovery.body')}</Text>
        <Alert color="red" title={t('recovery.reasonLabel')} role="alert">
          <Text>{t(`recovery.reasons.${classifyOpenError(error)}`)}</Text>
          <Code block mt="sm">
            {details}
          </Code>
        </Alert>
        <Group>
          <Button onClick={onRetry}>{t('recovery.retry')}</Button>
          <CopyButton value={details}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? t('recovery.copied') : t('recovery.copyDetails')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Container>
  );
};
