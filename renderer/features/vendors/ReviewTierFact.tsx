import { useTranslation } from 'react-i18next';
import { reviewTier } from '@shared/domain';
import { useVendorDependencies } from '@renderer/data/dependencies';
import { useReviewCycles } from '@renderer/data/review-cycles';
import { Fact } from '@renderer/ui/Fact';

/**
 * The vendor's review tier and what it means: the highest criticality of its dependencies, named, and the
 * months after which an approved assessment of it falls due again (Settings → Review cycles).
 */
export const ReviewTierFact = ({ vendorId }: { vendorId: string }) => {
  const { t } = useTranslation();
  const dependencies = useVendorDependencies(vendorId);
  const cycles = useReviewCycles();
  if (!dependencies || !cycles) return null;
  const tier = reviewTier(dependencies.map((dependency) => dependency.criticality));
  const driver = dependencies.reduce<(typeof dependencies)[number] | undefined>(
    (top, dependency) => (!top || dependency.criticality > top.criticality ? dependency : top),
    undefined,
  );
  const value = t('reviews.tierFact.value', { tier: t(`reviews.tier.${tier}`), months: cycles.tiers[tier] });
  return (
    <Fact label={t('reviews.tierFact.label')}>
      {driver ? `${value} ${t('reviews.tierFact.driver', { dependency: driver.name })}` : value}
    </Fact>
  );
};
