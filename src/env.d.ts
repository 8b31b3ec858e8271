declare module 'virtual:portico/brand.css';
