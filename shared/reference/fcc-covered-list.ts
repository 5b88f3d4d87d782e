import type { ReferenceEntryInput } from '../domain/reference-entry';

/** A built-in entry keeps a fixed id, so "restore the built-in entries" can tell which ones are missing. */
export type BuiltInReferenceEntry = ReferenceEntryInput & { id: string };

export const FCC_COVERED_LIST_SOURCE = 'https://www.fcc.gov/supplychain/coveredlist';

const covered = (id: string, entry: Omit<ReferenceEntryInput, 'list' | 'source'>): BuiltInReferenceEntry => ({
  id,
  list: 'fcc-covered',
  source: FCC_COVERED_LIST_SOURCE,
  ...entry,
});

/**
 * The US FCC Covered List (Secure and Trusted Communications Networks Act of 2019) as published with the
 * dates each entry was added. The list covers subsidiaries and affiliates too, so the aliases carry the
 * trading names and legal names under which an operator's records usually name these companies.
 * The FCC adds entries over time: these are a starting point the user edits and dates, not a feed.
 */
export const fccCoveredList: readonly BuiltInReferenceEntry[] = [
  covered('f53e4e94-0653-456f-abfb-e8d037ace02f', {
    name: 'Huawei Technologies Company',
    aliases: ['Huawei', 'Huawei Technologies Co., Ltd.', 'HiSilicon'],
    since: '2021-03-12',
    note: 'Telecommunications equipment and services, including video surveillance, of Huawei, its subsidiaries and affiliates.',
  }),
  covered('d0ec5447-c3c8-4ba6-baec-e717d76c6629', {
    name: 'ZTE Corporation',
    aliases: ['ZTE', 'Zhongxing Telecommunication Equipment Corporation'],
    since: '2021-03-12',
    note: 'Telecommunications equipment and services of ZTE, its subsidiaries and affiliates.',
  }),
  covered('37c355cf-d152-437d-9688-44b65556bc6c', {
    name: 'Hytera Communications Corporation',
    aliases: ['Hytera', 'Hytera Communications Corporation Limited'],
    since: '2021-03-12',
    note: 'Video surveillance and telecommunications equipment used for public safety, security of government facilities, physical security of critical infrastructure and national security.',
  }),
  covered('f73b8b6d-b1f6-42c8-9af4-a0821f981b37', {
    name: 'Hangzhou Hikvision Digital Technology Company',
    aliases: ['Hikvision', 'Hangzhou Hikvision Digital Technology Co., Ltd.', 'EZVIZ'],
    since: '2021-03-12',
    note: 'Video surveillance and telecommunications equipment used for public safety, security of government facilities, physical security of critical infrastructure and national security.',
  }),
  covered('129316fb-43a0-40d0-9c2d-d86bd818cbf4', {
    name: 'Dahua Technology Company',
    aliases: ['Dahua', 'Zhejiang Dahua Technology Co., Ltd.'],
    since: '2021-03-12',
    note: 'Video surveillance and telecommunications equipment used for public safety, security of government facilities, physical security of critical infrastructure and national security.',
  }),
  covered('8d20eb08-153e-4faf-9d72-d2fdf316f80e', {
    name: 'AO Kaspersky Lab',
    aliases: ['Kaspersky', 'Kaspersky Lab'],
    since: '2022-03-25',
    note: 'Information security products, solutions and services of Kaspersky, its predecessors, successors, parents, subsidiaries and affiliates.',
  }),
  covered('60493b06-78d7-49cb-99e4-46b624156147', {
    name: 'China Mobile International USA Inc.',
    aliases: ['China Mobile International (USA) Inc.'],
    since: '2022-03-25',
    note: 'International telecommunications services. The list names the US subsidiary, not its parent China Mobile Limited.',
  }),
  covered('4d240b2e-9de9-4afa-a890-eecc55b5be4d', {
    name: 'China Telecom (Americas) Corp.',
    aliases: ['China Telecom Americas', 'China Telecom (Americas) Corporation'],
    since: '2022-03-25',
    note: 'Telecommunications services. The list names the US subsidiary, not its parent China Telecom Corporation Limited.',
  }),
  covered('00715a6f-a1ed-4deb-8989-208335a1c16b', {
    name: 'Pacific Networks Corp.',
    aliases: ['ComNet (USA) LLC', 'ComNet USA'],
    since: '2022-09-20',
    note: 'Interstate and international telecommunications services of Pacific Networks Corp. and its wholly-owned subsidiary ComNet (USA) LLC.',
  }),
  covered('c7c4e1ec-7f2b-421c-95f5-87609516e19b', {
    name: 'China Unicom (Americas) Operations Limited',
    aliases: ['China Unicom Americas', 'China Unicom (Americas) Operations Ltd.'],
    since: '2022-09-20',
    note: 'Interstate and international telecommunications services. The list names the US subsidiary, not its parent China Unicom.',
  }),
];
