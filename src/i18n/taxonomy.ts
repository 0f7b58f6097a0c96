/** Reader-facing names and URL slugs of topics and HLED pillars in each language. */
import type { Pillar, Topic } from '../schemas/taxonomy';
import type { Lang } from './locales';

export const TOPIC_NAMES: Record<Lang, Record<Topic, string>> = {
  en: {
    migration: 'Migration',
    border: 'Border',
    trade: 'Trade',
    investment: 'Investment',
    labor: 'Labor',
    energy: 'Energy',
    environment: 'Environment',
    security: 'Security',
    health: 'Health',
    diplomacy: 'Diplomacy',
    development: 'Development',
    technology: 'Technology',
  },
  es: {
    migration: 'Migración',
    border: 'Frontera',
    trade: 'Comercio',
    investment: 'Inversión',
    labor: 'Trabajo',
    energy: 'Energía',
    environment: 'Medio ambiente',
    security: 'Seguridad',
    health: 'Salud',
    diplomacy: 'Diplomacia',
    development: 'Desarrollo',
    technology: 'Tecnología',
  },
};

export const TOPIC_SLUGS: Record<Lang, Record<Topic, string>> = {
  en: {
    migration: 'migration',
    border: 'border',
    trade: 'trade',
    investment: 'investment',
    labor: 'labor',
    energy: 'energy',
    environment: 'environment',
    security: 'security',
    health: 'health',
    diplomacy: 'diplomacy',
    development: 'development',
    technology: 'technology',
  },
  es: {
    migration: 'migracion',
    border: 'frontera',
    trade: 'comercio',
    investment: 'inversion',
    labor: 'trabajo',
    energy: 'energia',
    environment: 'medio-ambiente',
    security: 'seguridad',
    health: 'salud',
    diplomacy: 'diplomacia',
    development: 'desarrollo',
    technology: 'tecnologia',
  },
};

export const PILLAR_NAMES: Record<Lang, Record<Pillar, string>> = {
  en: {
    'building-back-together': 'Building back together',
    'southern-development': 'Sustainable development in southern Mexico and Central America',
    'future-prosperity': 'Securing the tools for future prosperity',
    'investing-in-people': 'Investing in our people',
  },
  es: {
    'building-back-together': 'Reconstruir juntos',
    'southern-development': 'Promover el desarrollo económico y social sostenible en el sur de México y Centroamérica',
    'future-prosperity': 'Asegurar las herramientas para la prosperidad futura',
    'investing-in-people': 'Invertir en nuestra gente',
  },
};

export const PILLAR_SLUGS: Record<Lang, Record<Pillar, string>> = {
  en: {
    'building-back-together': 'building-back-together',
    'southern-development': 'southern-development',
    'future-prosperity': 'future-prosperity',
    'investing-in-people': 'investing-in-people',
  },
  es: {
    'building-back-together': 'reconstruir-juntos',
    'southern-development': 'desarrollo-del-sur',
    'future-prosperity': 'prosperidad-futura',
    'investing-in-people': 'invertir-en-las-personas',
  },
};
