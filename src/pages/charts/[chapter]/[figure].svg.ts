import { figureFilePaths, svgRoute } from '../../../lib/charts/figureFiles';
export const getStaticPaths = () => figureFilePaths('en');
export const GET = svgRoute;
