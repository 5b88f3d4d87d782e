import type { NetworkDomain } from '../dependency';
import type { Generation } from './generation';
import type { StandardRef } from './standard-ref';

/**
 * The built-in reference list: the main 3GPP specifications an operator's network implements, by generation
 * and network domain, and a few ETSI deliverables of its own. Numbers are 3GPP's and ETSI's; titles are our
 * own short wording (the French ones are in reference-list-fr.ts). Users may edit the list; these entries
 * are what "restore the built-in list" brings back. O-RAN Alliance specifications are not 3GPP or ETSI
 * deliverables and are left to free entry.
 */
const entry = (
  number: string,
  generation: Generation,
  domain: NetworkDomain,
  title: string,
): StandardRef => ({
  number,
  title,
  generation,
  domain,
});

export const builtInStandards: readonly StandardRef[] = Object.freeze([
  // 5G NR radio access
  entry('TS 38.101-1', '5G', 'devices', 'NR handset radio performance, frequency range 1'),
  entry('TS 38.101-2', '5G', 'devices', 'NR handset radio performance, frequency range 2 (mmWave)'),
  entry('TS 38.104', '5G', 'ran', 'NR base station radio performance'),
  entry('TS 38.211', '5G', 'ran', 'NR physical channels and modulation'),
  entry('TS 38.212', '5G', 'ran', 'NR multiplexing and channel coding'),
  entry('TS 38.213', '5G', 'ran', 'NR physical layer procedures for control'),
  entry('TS 38.214', '5G', 'ran', 'NR physical layer procedures for data'),
  entry('TS 38.300', '5G', 'ran', 'NR and NG-RAN: overall description'),
  entry('TS 38.304', '5G', 'devices', 'NR handset behaviour in idle and inactive states'),
  entry('TS 38.306', '5G', 'devices', 'NR handset radio access capabilities'),
  entry('TS 38.321', '5G', 'ran', 'NR medium access control (MAC)'),
  entry('TS 38.322', '5G', 'ran', 'NR radio link control (RLC)'),
  entry('TS 38.323', '5G', 'ran', 'NR packet data convergence (PDCP)'),
  entry('TS 37.324', '5G', 'ran', 'Service data adaptation protocol (SDAP)'),
  entry('TS 38.331', '5G', 'ran', 'NR radio resource control (RRC)'),
  entry('TS 37.340', '5G', 'ran', 'LTE–NR dual connectivity: overall description'),
  entry('TS 38.401', '5G', 'ran', 'NG-RAN architecture'),
  entry('TS 38.413', '5G', 'ran', 'NG application protocol (NGAP) between RAN and core'),
  entry('TS 38.423', '5G', 'ran', 'Xn application protocol (XnAP) between base stations'),
  entry('TS 38.473', '5G', 'ran', 'F1 application protocol (F1AP) between central and distributed units'),
  // 5G core
  entry('TS 22.261', '5G', 'core', '5G service requirements'),
  entry('TS 23.501', '5G', 'core', '5G system architecture'),
  entry('TS 23.502', '5G', 'core', '5G system procedures'),
  entry('TS 23.503', '5G', 'core', '5G policy and charging control framework'),
  entry('TS 24.501', '5G', 'core', '5G non-access stratum (NAS) protocol'),
  entry('TS 29.500', '5G', 'core', '5G service-based architecture: technical realisation'),
  entry('TS 29.502', '5G', 'core', 'Session management function services (SMF)'),
  entry('TS 29.503', '5G', 'core', 'Unified data management services (UDM)'),
  entry('TS 29.510', '5G', 'core', 'Network function repository services (NRF)'),
  entry('TS 29.518', '5G', 'core', 'Access and mobility management services (AMF)'),
  entry('TS 29.281', 'other', 'transport', 'GPRS tunnelling protocol, user plane (GTP-U)'),
  // Security
  entry('TS 33.501', '5G', 'security', '5G security architecture and procedures'),
  entry('TS 33.511', '5G', 'security', 'Security assurance for the 5G base station (gNB)'),
  entry('TS 33.401', '4G', 'security', 'LTE and EPC security architecture'),
  entry('TS 33.102', '3G', 'security', 'UMTS security architecture'),
  entry('TS 35.206', '3G', 'security', 'MILENAGE authentication algorithm set'),
  entry('TS 43.020', '2G', 'security', 'GSM security-related network functions'),
  // Management and charging
  entry('TS 28.530', '5G', 'oss-bss', '5G management and orchestration: concepts and requirements'),
  entry('TS 28.541', '5G', 'oss-bss', '5G network resource model (NRM)'),
  entry('TS 28.552', '5G', 'oss-bss', '5G performance measurements'),
  entry('TS 32.290', '5G', 'oss-bss', '5G charging over service-based interfaces'),
  // 4G LTE
  entry('TS 36.101', '4G', 'devices', 'LTE handset radio performance'),
  entry('TS 36.104', '4G', 'ran', 'LTE base station radio performance'),
  entry('TS 36.211', '4G', 'ran', 'LTE physical channels and modulation'),
  entry('TS 36.212', '4G', 'ran', 'LTE multiplexing and channel coding'),
  entry('TS 36.213', '4G', 'ran', 'LTE physical layer procedures'),
  entry('TS 36.300', '4G', 'ran', 'LTE radio access network: overall description'),
  entry('TS 36.321', '4G', 'ran', 'LTE medium access control (MAC)'),
  entry('TS 36.323', '4G', 'ran', 'LTE packet data convergence (PDCP)'),
  entry('TS 36.331', '4G', 'ran', 'LTE radio resource control (RRC)'),
  entry('TS 36.413', '4G', 'ran', 'S1 application protocol (S1AP) between LTE RAN and core'),
  entry('TS 36.423', '4G', 'ran', 'X2 application protocol (X2AP) between LTE base stations'),
  entry('TS 23.401', '4G', 'core', 'Evolved packet core (EPC) architecture for LTE access'),
  entry('TS 24.301', '4G', 'core', 'LTE non-access stratum (NAS) protocol'),
  entry('TS 29.272', '4G', 'core', 'Diameter interfaces of the MME and SGSN (S6a/S6d)'),
  entry('TS 29.274', '4G', 'core', 'GPRS tunnelling protocol for control plane (GTPv2-C)'),
  entry('TS 26.445', '4G', 'devices', 'Enhanced voice services (EVS) codec'),
  // IMS and voice, across generations
  entry('TS 23.228', 'other', 'core', 'IP multimedia subsystem (IMS) architecture'),
  entry('TS 24.229', 'other', 'core', 'IMS call control with SIP and SDP'),
  entry('TS 26.114', 'other', 'devices', 'IMS multimedia telephony: media handling'),
  // 3G UMTS
  entry('TS 25.101', '3G', 'devices', 'UMTS handset radio performance (FDD)'),
  entry('TS 25.211', '3G', 'ran', 'UMTS physical channels (FDD)'),
  entry('TS 25.212', '3G', 'ran', 'UMTS multiplexing and channel coding (FDD)'),
  entry('TS 25.214', '3G', 'ran', 'UMTS physical layer procedures (FDD)'),
  entry('TS 25.331', '3G', 'ran', 'UMTS radio resource control (RRC)'),
  entry('TS 25.413', '3G', 'ran', 'Iu interface signalling (RANAP)'),
  entry('TS 26.090', '3G', 'devices', 'Adaptive multi-rate (AMR) speech codec'),
  entry('TS 31.102', '3G', 'devices', 'USIM application on the SIM card'),
  // Core network and numbering, across generations
  entry('TS 23.003', 'other', 'core', 'Numbering, addressing and identification'),
  entry('TS 23.060', 'other', 'core', 'GPRS packet service architecture'),
  entry('TS 24.008', 'other', 'core', 'Mobile radio interface layer 3 (2G/3G core signalling)'),
  entry('TS 29.002', 'other', 'core', 'Mobile application part (MAP)'),
  // 2G GSM/EDGE
  entry('TS 44.018', '2G', 'ran', 'GSM radio resource control (RR)'),
  entry('TS 44.060', '2G', 'ran', 'GPRS radio link and medium access control (RLC/MAC)'),
  entry('TS 45.002', '2G', 'ran', 'GSM multiplexing and multiple access on the radio path'),
  entry('TS 45.003', '2G', 'ran', 'GSM channel coding'),
  entry('TS 45.005', '2G', 'ran', 'GSM radio transmission and reception'),
  entry('TS 48.008', '2G', 'core', 'MSC to base station system signalling (BSSAP)'),
  // ETSI's own deliverables
  entry('ETSI EN 301 908-1', 'other', 'ran', 'IMT cellular equipment: harmonised radio requirements'),
  entry('ETSI EN 303 645', 'other', 'devices', 'Cyber security for consumer connected devices'),
  entry('ETSI GS NFV 002', 'other', 'cloud', 'Network functions virtualisation: architecture'),
]);
