import { figureFilePaths, pngRoute } from '../../../lib/charts/figureFiles';
export const getStaticPaths = () => figureFilePaths('en');
export const GET = pngRoute;
