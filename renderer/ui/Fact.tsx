import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled fact in a record's detail page (inside a Mantine DataList). */
export const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <DataList.Item>
    <DataList.ItemLabel>{label}</DataList.ItemLabel>
    <DataList.ItemValue>{children}</DataList.ItemValue>
  </DataList.Item>
);
