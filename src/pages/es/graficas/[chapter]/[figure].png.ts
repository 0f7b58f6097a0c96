import { figureFilePaths, pngRoute } from '../../../../lib/charts/figureFiles';
export const getStaticPaths = () => figureFilePaths('es');
export const GET = pngRoute;
