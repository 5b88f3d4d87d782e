import { Button, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { StartAssessmentModal, type StartAssessmentProps } from './StartAssessmentModal';

/** "Start an assessment", opening the dialog with the checklist or the subject already chosen, if given. */
export const StartAssessmentButton = ({
  checklist,
  subject,
  variant,
}: StartAssessmentProps & Pick<ButtonProps, 'variant'>) => {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant={variant} onClick={open}>
        {t('assessmentLists.start.button')}
      </Button>
      {opened && <StartAssessmentModal checklist={checklist} subject={subject} onClose={close} />}
    </>
  );
};
